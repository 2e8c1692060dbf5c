import { DialogStateStorage } from '../../src/bot/dialog-state-storage';
import { WriteConflict } from '../../src/domain/store';
import { memoryStore } from '../support/test-store';

describe('the dialog state in the database', () => {
  it('refuses the second of two turns that read the same state, also when botbuilder writes with eTag "*"', async () => {
    const store = await memoryStore();
    const state = new DialogStateStorage(store.documents('dialog-state'));
    await state.write({ conv: { step: 'name' } });
    // Two turns of one conversation, on two instances, read at the same moment.
    const first = (await state.read(['conv'])).conv;
    const second = (await state.read(['conv'])).conv;
    // botbuilder's BotState.saveChanges sets eTag '*' on the object it read.
    await state.write({ conv: Object.assign(first, { step: 'goals', eTag: '*' }) });
    await expect(state.write({ conv: Object.assign(second, { step: 'when', eTag: '*' }) })).rejects.toBeInstanceOf(WriteConflict);
    expect((await state.read(['conv'])).conv).toMatchObject({ step: 'goals' });
    // The same turn may save twice: its own second write goes through.
    await state.write({ conv: Object.assign(first, { step: 'when', eTag: '*' }) });
    expect((await state.read(['conv'])).conv).toMatchObject({ step: 'when' });
    await store.close();
  });

  it('writes what a turn leaves when the state was erased during it', async () => {
    const store = await memoryStore();
    const state = new DialogStateStorage(store.documents('dialog-state'));
    await state.write({ conv: { step: 'name' } });
    const read = (await state.read(['conv'])).conv;
    await state.delete(['conv']);
    await state.write({ conv: Object.assign(read, { dialogStack: [], eTag: '*' }) });
    expect((await state.read(['conv'])).conv).toMatchObject({ dialogStack: [] });
    await store.close();
  });
});
