import { useTranslation } from 'react-i18next';

/** An event type in words when no translation names it: ActivityProgressReported → Activity progress reported. */
const inWords = (type: string) => type.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/ ([A-Z])/g, (_, c: string) => ` ${c.toLowerCase()}`);

/** Names event types in the interface's language. */
export function useEventName(): (type: string) => string {
  const { t } = useTranslation();
  return (type) => t(`events.${type}`, inWords(type));
}
