// A page whose labs need only the base kit: the kit and the lab widgets, loaded on demand.
import '#sim-core/kits/base';
import '../client';
