// Native modules (better-sqlite3, the SQLite driver of @onescreen/producers) are compiled here from
// their sources, never downloaded: prebuild-install is told to build from source, and node-gyp is
// pointed at the headers of the Node that runs pnpm when they sit beside it (Debian's and the
// official tarball's layout), so it fetches no header tarball either. pnpm 11+ passes only a
// short list of variables to install scripts; `extraEnv` is how a project adds to it.
const { existsSync } = require('node:fs');
const { dirname, join } = require('node:path');

const prefix = dirname(dirname(process.execPath));
const headers = existsSync(join(prefix, 'include', 'node', 'node_api.h'));

module.exports = {
  hooks: {
    updateConfig(config) {
      return {
        ...config,
        extraEnv: {
          ...config.extraEnv,
          npm_config_build_from_source: 'better-sqlite3',
          ...(headers && !process.env.npm_config_nodedir ? { npm_config_nodedir: prefix } : {}),
        },
      };
    },
  },
};
