// A page with network-kit labs: the kits its hosts are built on, the network kit and its widgets.
import '#sim-core/kits/base';
import '#sim-core/kits/services';
import '#sim-core/kits/network';
import '../client';
import '../services-client';
import '../network-client';
