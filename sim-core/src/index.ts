/** Everything: the core and every kit (Node, tests, the REPL, the site's build). Re-exports only. */
export * from './core';
import './kits/base';
import './kits/boot-scenarios';
import './kits/services';
import './kits/storage';
import './kits/network';
