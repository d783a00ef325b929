import { recodingOf } from '../shared/recoding.js';
import type { RecodeActivity } from './activity.commands.js';
import type { ActivityEvent } from './activity.events.js';
import { existing } from './activity.guards.js';
import type { ActivityState } from './activity.state.js';

/** The code is a record-keeping fact: correctable in any status, completed and cancelled included. */
export function recodeActivity({ data }: RecodeActivity, state: ActivityState): ActivityEvent[] {
  const activity = existing(state, data.activityId);
  const recoding = recodingOf(activity.code, data.code, data.reason);
  return recoding ? [{ type: 'ActivityRecoded', data: recoding }] : [];
}
