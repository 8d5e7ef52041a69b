import * as migration_20261121_070643_initial from './20261121_070643_initial';
import * as migration_20261127_112810_forms_without_script from './20261127_112810_forms_without_script';

export const migrations = [
  {
    up: migration_20261121_070643_initial.up,
    down: migration_20261121_070643_initial.down,
    name: '20261121_070643_initial',
  },
  {
    up: migration_20261127_112810_forms_without_script.up,
    down: migration_20261127_112810_forms_without_script.down,
    name: '20261127_112810_forms_without_script'
  },
];
