import { EventStoreDbEventStore } from '#event-store/esdb';
import { createEsdbDouble } from '../esdb-double/double.js';
import { eventStoreContract } from './event-store.contract.js';

const PRODUCT_PREFIXES = ['plan-', 'activity-', 'organization-', 'commission_session-', 'decision-', 'recommendation-', 'meeting-'];

for (const batchAppend of [true, false]) {
  eventStoreContract(`EventStoreDB over the wire-level double (${batchAppend ? 'BatchAppend' : 'plain Append'})`, async () => {
    const double = await createEsdbDouble({ batchAppend });
    const store = new EventStoreDbEventStore({ connectionString: double.url, streamPrefixes: PRODUCT_PREFIXES });
    return {
      store,
      async teardown() {
        await store.close();
        await double.stop();
      },
    };
  }, { readsOneStreamAtATime: true });
}
