// A page with services-kit labs: both kits and every lab widget, loaded on demand.
import '#sim-core/kits/base';
import '#sim-core/kits/services';
import '../client';
import '../services-client';
