import * as migration_20261121_070633_initial from './20261121_070633_initial';
import * as migration_20261127_112733_forms_without_script from './20261127_112733_forms_without_script';

export const migrations = [
  {
    up: migration_20261121_070633_initial.up,
    down: migration_20261121_070633_initial.down,
    name: '20261121_070633_initial',
  },
  {
    up: migration_20261127_112733_forms_without_script.up,
    down: migration_20261127_112733_forms_without_script.down,
    name: '20261127_112733_forms_without_script'
  },
];
