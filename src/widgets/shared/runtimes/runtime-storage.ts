// A page with storage-kit labs: the base and storage kits and the VAAI widgets.
import '#sim-core/kits/base';
import '#sim-core/kits/storage';
import '../client';
import '../storage-client';
