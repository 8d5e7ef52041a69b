import * as migration_20261121_070633_initial from './20261121_070633_initial';
import * as migration_20261127_112733_forms_without_script from './20261127_112733_forms_without_script';
import * as migration_20261127_144204_self_service_bank_transfers_instances from './20261127_144204_self_service_bank_transfers_instances';
import * as migration_20261127_145240_tax_certificates from './20261127_145240_tax_certificates';
import * as migration_20261127_151116_tax_certificate_log from './20261127_151116_tax_certificate_log';
import * as migration_20261127_170120_certificate_language from './20261127_170120_certificate_language';

export const migrations = [
  {
    up: migration_20261121_070633_initial.up,
    down: migration_20261121_070633_initial.down,
    name: '20261121_070633_initial',
  },
  {
    up: migration_20261127_112733_forms_without_script.up,
    down: migration_20261127_112733_forms_without_script.down,
    name: '20261127_112733_forms_without_script',
  },
  {
    up: migration_20261127_144204_self_service_bank_transfers_instances.up,
    down: migration_20261127_144204_self_service_bank_transfers_instances.down,
    name: '20261127_144204_self_service_bank_transfers_instances',
  },
  {
    up: migration_20261127_145240_tax_certificates.up,
    down: migration_20261127_145240_tax_certificates.down,
    name: '20261127_145240_tax_certificates',
  },
  {
    up: migration_20261127_151116_tax_certificate_log.up,
    down: migration_20261127_151116_tax_certificate_log.down,
    name: '20261127_151116_tax_certificate_log',
  },
  {
    up: migration_20261127_170120_certificate_language.up,
    down: migration_20261127_170120_certificate_language.down,
    name: '20261127_170120_certificate_language'
  },
];
