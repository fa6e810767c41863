// A page with network-kit labs: the base and network kits, the terminal, its chips, scenarios
// and the network widgets. Network hosts are built like the services kit's, but a page loads
// that kit (ps, the DCUI) only if one of its labs asks for it, and no network chapter shows a
// boot console or boot banks, so their elements are left out (a page that did would import
// '../client' here instead).
import '#sim-core/kits/base';
import '#sim-core/kits/network';
import '../../terminal/terminal-element';
import '../../terminal/run-command-element';
import '../../scenario/scenario-element';
import '../network-client';
