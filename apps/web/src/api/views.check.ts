/** Compile-time guard: none of the answer types of views.ts may collapse to `never` (which would type-check anything). */
import type { ActivityList, AuditTrail, History, PlanList, Me, Dashboard, Activity, AuditVerification } from './views';
type NotNever<T> = [T] extends [never] ? false : true;
const checks: [NotNever<ActivityList>, NotNever<AuditTrail>, NotNever<History>, NotNever<PlanList>, NotNever<Me>, NotNever<Dashboard>, NotNever<Activity>, NotNever<AuditVerification>] = [true, true, true, true, true, true, true, true];
export default checks;
