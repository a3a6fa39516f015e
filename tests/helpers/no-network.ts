// Every test file runs offline: any request nock does not intercept fails loudly.
import nock from "nock";
import { afterEach } from "vitest";

nock.disableNetConnect();

afterEach(() => {
  nock.cleanAll();
});
