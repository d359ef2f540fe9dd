// SWC options shared by the API build and jest: legacy decorators with metadata, as NestJS
// and TypeORM need, and the same class-field semantics as tsconfig.base.json.
const path = require('node:path');
const { compilerOptions } = require('../../../tsconfig.base.json');

const root = path.resolve(__dirname, '../../..');

function swcOptions({ rewritePaths }) {
  return {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
      externalHelpers: false,
      ...(rewritePaths ? { baseUrl: root, paths: compilerOptions.paths } : {}),
    },
    module: { type: 'commonjs', strictMode: true },
    sourceMaps: true,
  };
}

module.exports = { swcOptions, root };
