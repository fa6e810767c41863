// A page with network-kit labs: the base and network kits, the lab widgets and the network
// widgets. Network hosts are built like the services kit's, but a page loads that kit (ps,
// the DCUI) only if one of its labs asks for it.
import '#sim-core/kits/base';
import '#sim-core/kits/network';
import '../client';
import '../network-client';
