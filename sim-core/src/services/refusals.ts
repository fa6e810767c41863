/** Why a services control changed nothing, in the lab's words (the process explorer shows them). */
export const SERVICES_REFUSALS = {
  unknownService: (service: string) => `This host has no init-script service "${service}".`,
};
