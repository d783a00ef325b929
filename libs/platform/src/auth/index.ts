export * from './roles.js';
export * from './access-token.entity.js';
export * from './access-tokens.migration.js';
export * from './access-tokens.service.js';
export * from './access.module.js';
export * from './token-format.js';
