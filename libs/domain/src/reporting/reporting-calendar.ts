import { rejectValue as reject } from '../shared/invalid-value.js';

/** How often agencies report on a plan's activities, and when a period's report is due. */
export const REPORTING_FREQUENCIES = ['quarterly', 'half_yearly', 'yearly'] as const;
export type ReportingFrequency = (typeof REPORTING_FREQUENCIES)[number];

export interface ReportingCalendar {
  frequency: ReportingFrequency;
  /** Days after a period ends that its report is due (0: on the last day). */
  dueDays: number;
  /** Whether reports wait for the secretariat's approval before they count. */
  approval: boolean;
}

/** The longest a report may be due after its period: a year. */
export const MAX_DUE_DAYS = 366;

/** Refuses a calendar that makes no sense: an unknown frequency, or a report due before its period ends. */
export function checkCalendar(calendar: ReportingCalendar): ReportingCalendar {
  if (!(REPORTING_FREQUENCIES as readonly string[]).includes(calendar.frequency)) {
    reject('INVALID_FREQUENCY', `frequency must be one of ${REPORTING_FREQUENCIES.join(', ')}`, 'frequency');
  }
  if (!Number.isInteger(calendar.dueDays) || calendar.dueDays < 0) reject('DUE_BEFORE_PERIOD_ENDS', 'dueDays must be a whole number of days from 0: a report cannot be due before its period ends', 'dueDays');
  if (calendar.dueDays > MAX_DUE_DAYS) reject('DUE_TOO_LATE', `dueDays must be at most ${MAX_DUE_DAYS}`, 'dueDays');
  return { frequency: calendar.frequency, dueDays: calendar.dueDays, approval: calendar.approval };
}
