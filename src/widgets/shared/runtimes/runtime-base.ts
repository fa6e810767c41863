// A page whose labs need only the base kit: the kit, the boot chapter's scenarios and the lab
// widgets, loaded on demand.
import '#sim-core/kits/base';
import '#sim-core/kits/boot-scenarios';
import '../client';
