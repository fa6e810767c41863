// The browser side of every widget: importing a module defines its custom element.
import '../terminal/terminal-element';
import '../terminal/run-command-element';
import '../boot-console/boot-console-element';
import '../boot-banks/boot-banks-element';
import '../scenario/scenario-element';
