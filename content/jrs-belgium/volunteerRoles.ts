import type { SeedVolunteerRole } from '../../cms/seed/profile'
import { hostingRole } from './volunteerRoles/hosting'
import { officeRoles } from './volunteerRoles/office'
import { accreditedVisitor, friendlyVisitor } from './volunteerRoles/visitors'

/** Sources: seeds 003 (the two visiting formulas), 000 (the office roles) and 001 (Up Together hosting). */
export const volunteerRoles: SeedVolunteerRole[] = [friendlyVisitor, accreditedVisitor, ...officeRoles, hostingRole]
