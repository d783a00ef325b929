import type * as grpc from '@grpc/grpc-js';
import { SupportedMethod, SupportedMethods, type Empty } from './pb.js';

const STREAMS = 'event_store.client.streams.streams';

/**
 * ServerFeatures.GetSupportedMethods (spec §5.1), lower-cased like a real server. The client only
 * looks for `batchappend`; leaving it out makes it use the plain Append call.
 */
export function supportedMethodsHandler(batchAppend: boolean) {
  return (
    _call: grpc.ServerUnaryCall<InstanceType<typeof Empty>, InstanceType<typeof SupportedMethods>>,
    callback: grpc.sendUnaryData<InstanceType<typeof SupportedMethods>>,
  ) => {
    const methods: [string, string, string[]][] = [
      [STREAMS, 'read', ['position', 'events']],
      [STREAMS, 'append', []],
      [STREAMS, 'delete', []],
      [STREAMS, 'tombstone', []],
      ...(batchAppend ? [[STREAMS, 'batchappend', ['deadline_duration']] as [string, string, string[]]] : []),
      ['event_store.client.server_features.serverfeatures', 'getsupportedmethods', []],
    ];
    const supported = new SupportedMethods();
    supported.setEventStoreServerVersion('24.10.0');
    supported.setMethodsList(
      methods.map(([service, method, features]) => {
        const m = new SupportedMethod();
        m.setServiceName(service);
        m.setMethodName(method);
        m.setFeaturesList(features);
        return m;
      }),
    );
    callback(null, supported);
  };
}
