/** Compile-time guard: none of the answer types of views.ts may collapse to `never` (which would type-check anything). */
import type * as V from './views';
type NotNever<T> = [T] extends [never] ? false : true;
const checks: [
  NotNever<V.ActivityList>, NotNever<V.AuditTrail>, NotNever<V.History>, NotNever<V.PlanList>, NotNever<V.Me>, NotNever<V.Dashboard>,
  NotNever<V.Activity>, NotNever<V.AuditVerification>, NotNever<V.OrganizationList>, NotNever<V.SessionList>, NotNever<V.SessionDetails>,
  NotNever<V.DecisionList>, NotNever<V.Decision>, NotNever<V.RecommendationList>, NotNever<V.Recommendation>, NotNever<V.Portfolio>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
export default checks;
