/** What the session commands (history, help, clear, true, false, exit, logout) print. */
export const SESSION_TEXT = {
  helpHeader: 'Commands this lab simulates:',
  helpRule: '-----------------------------',
  helpNotSimulatedHeader: 'Commands a real ESXi 4.1 host has that this lab answers with "not simulated":',
  helpHowTo: 'Type NAME --help (or help NAME) to see what a command does and its options.',
  helpUnknown: (name: string) => `help: no help for ${name}: this lab does not know that command`,
  helpNotSimulated: (name: string) => `help: ${name} is a real ESXi 4.1 command, but it is not simulated in this lab`,
  exit: (name: string) => `${name}: this lab keeps the Tech Support Mode session open (there is nowhere to log out to); carry on typing`,
} as const;
