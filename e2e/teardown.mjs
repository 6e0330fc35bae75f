// jest globalTeardown of the e2e tier: stops every process the world started and removes its temp dir.
export default async function teardown() {
  await globalThis.e2eWorld?.stop();
}
