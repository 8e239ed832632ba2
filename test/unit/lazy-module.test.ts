import { expect } from 'chai';
import { lazyModule } from '../../src/load/lazy-module.js';

describe('lazyModule', () => {
  it('asks once however often loaded, and hands the module out once it is here', async () => {
    let asked = 0;
    const chunk = lazyModule(async () => ({ asked: ++asked }));
    expect(chunk.get()).to.equal(undefined);
    expect(chunk.load()).to.equal(chunk.load());
    expect(await chunk.load()).to.deep.equal({ asked: 1 });
    expect(chunk.get()).to.deep.equal({ asked: 1 });
    expect(chunk.failed()).to.equal(false);
    expect(asked).to.equal(1);
  });

  it('keeps a failed load failed: the same rejection, never a second request, and says so', async () => {
    let asked = 0;
    const chunk = lazyModule(() => {
      asked++;
      return Promise.reject(new Error('404'));
    });
    expect(chunk.failed()).to.equal(false, 'not asked for yet');
    const first = chunk.load();
    expect(chunk.failed()).to.equal(false, 'still on its way');
    await first.catch(() => undefined);
    expect(chunk.failed()).to.equal(true);
    const again = chunk.load();
    expect(again).to.equal(first);
    await again.then(
      () => expect.fail('a failed chunk does not load'),
      (cause: Error) => expect(cause.message).to.equal('404'),
    );
    expect(asked).to.equal(1);
    expect(chunk.get()).to.equal(undefined);
  });
});
