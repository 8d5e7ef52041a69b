import * as migration_20261121_070643_initial from './20261121_070643_initial';
import * as migration_20261127_112810_forms_without_script from './20261127_112810_forms_without_script';
import * as migration_20261127_144221_self_service_bank_transfers_instances from './20261127_144221_self_service_bank_transfers_instances';
import * as migration_20261127_145305_tax_certificates from './20261127_145305_tax_certificates';
import * as migration_20261127_151140_tax_certificate_log from './20261127_151140_tax_certificate_log';
import * as migration_20261127_170131_certificate_language from './20261127_170131_certificate_language';
import * as migration_20261127_201943_self_service_link_job from './20261127_201943_self_service_link_job';

export const migrations = [
  {
    up: migration_20261121_070643_initial.up,
    down: migration_20261121_070643_initial.down,
    name: '20261121_070643_initial',
  },
  {
    up: migration_20261127_112810_forms_without_script.up,
    down: migration_20261127_112810_forms_without_script.down,
    name: '20261127_112810_forms_without_script',
  },
  {
    up: migration_20261127_144221_self_service_bank_transfers_instances.up,
    down: migration_20261127_144221_self_service_bank_transfers_instances.down,
    name: '20261127_144221_self_service_bank_transfers_instances',
  },
  {
    up: migration_20261127_145305_tax_certificates.up,
    down: migration_20261127_145305_tax_certificates.down,
    name: '20261127_145305_tax_certificates',
  },
  {
    up: migration_20261127_151140_tax_certificate_log.up,
    down: migration_20261127_151140_tax_certificate_log.down,
    name: '20261127_151140_tax_certificate_log',
  },
  {
    up: migration_20261127_170131_certificate_language.up,
    down: migration_20261127_170131_certificate_language.down,
    name: '20261127_170131_certificate_language',
  },
  {
    up: migration_20261127_201943_self_service_link_job.up,
    down: migration_20261127_201943_self_service_link_job.down,
    name: '20261127_201943_self_service_link_job'
  },
];
