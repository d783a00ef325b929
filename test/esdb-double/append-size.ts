import type { AppendReq, BatchAppendReq } from './pb.js';

/** The server's default MaxAppendSize (ClusterVNodeOptions.Application.MaxAppendSize). */
export const DEFAULT_MAX_APPEND_SIZE = 1024 * 1024;

type ProposedMessage = InstanceType<typeof AppendReq.ProposedMessage> | InstanceType<typeof BatchAppendReq.ProposedMessage>;

/**
 * What the server counts of one proposed event against MaxAppendSize (Event.SizeOnDisk): data bytes +
 * custom metadata bytes + the type's length in UTF-16 code units × 2. An append is refused when the
 * sum over its events is greater than the limit.
 */
export function sizeOnDisk(message: ProposedMessage): number {
  const type = message.getMetadataMap().get('type') ?? '';
  return message.getData_asU8().length + message.getCustomMetadata_asU8().length + type.length * 2;
}
