/**
 * What the boot loader and console print. Loader wording follows VMware's bootloader
 * (esxi-facts.md, "Boot"); the rollback message is the one the seed quotes.
 */
export const BOOT_TEXT = {
  loading: 'Loading VMware Hypervisor',
  enterToBoot: '<ENTER: Boot>',
  shiftRRecovery: '<SHIFT+R: Recovery mode>',
  autoBoot: (seconds: number) => `Automatic boot in ${seconds} second${seconds === 1 ? '' : 's'}...`,
  autoBootPaused: 'Automatic boot stopped. Press Enter to boot.',
  recoveryTitle: 'VMware Hypervisor Recovery',
  recoveryWarning: 'CURRENT DEFAULT HYPERVISOR WILL BE REPLACED PERMANENTLY.',
  recoveryQuestion: 'DO YOU REALLY WANT TO ROLL BACK?',
  recoveryKeys: '<SHIFT+Y: Yes>   <any other key: No>',
  rollbackDone: 'Fallback hypervisor restored successfully',
  bootingDefault: (seconds: number) => `Booting default hypervisor in ${seconds} second${seconds === 1 ? '' : 's'}...`,
  noAlternate: 'No alternate hypervisor to roll back to.',
  noBootable: 'No bootable hypervisor found on this disk.',
  pressAnyKey: 'Press any key to continue.',
  bootFailed: (build: string) => `The host stopped while starting build ${build}: this lab's upgraded image does not finish booting.`,
  resetHint: 'Press Enter to reset the host.',
  running: (release: string, build: string) => `VMware ESXi 4.1.0 ${release} (VMKernel Release Build ${build.replace(/^4\.1\.0-/, '')})`,
} as const;
