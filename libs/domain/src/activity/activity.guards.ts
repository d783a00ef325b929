import { reject } from '../shared/domain-error.js';
import type { ActivityState } from './activity.state.js';

/** The state checks every activity command starts with. */
export type ExistingActivity = Exclude<ActivityState, { status: 'none' }>;
export type LiveActivity = Exclude<ExistingActivity, { status: 'completed' | 'cancelled' }>;

export function existing(state: ActivityState, activityId: string): ExistingActivity {
  if (state.status === 'none') reject('ACTIVITY_NOT_FOUND', `activity ${activityId} does not exist`);
  return state;
}

export function live(state: ActivityState, activityId: string): LiveActivity {
  const activity = existing(state, activityId);
  if (activity.status === 'completed' || activity.status === 'cancelled') reject('TERMINAL_STATE', `activity ${activityId} is ${activity.status}`);
  return activity;
}

export function notCancelled(state: ActivityState, activityId: string): ExistingActivity {
  const activity = existing(state, activityId);
  if (activity.status === 'cancelled') reject('TERMINAL_STATE', `activity ${activityId} is cancelled`);
  return activity;
}

