// Bundled in place of `undici` (see build.mjs). @actions/http-client and @actions/github
// import it only for proxy support and their default fetch; the Action passes Node's own
// global fetch to Octokit, so neither is called, and leaving undici out halves the bundle.
// Behind a proxy, set NODE_USE_ENV_PROXY=1 (Node 24) so the global fetch uses HTTPS_PROXY.
export class ProxyAgent {
  constructor(options) {
    this.options = options;
  }
}

export function fetch() {
  throw new Error("undici is not bundled: the Action sends requests with the global fetch");
}
