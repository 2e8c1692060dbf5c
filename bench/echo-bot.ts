import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  MemoryStorage,
  MessageFactory,
} from 'botbuilder';
import restify from 'restify';

/**
 * The baseline: the smallest bot on our stack (CloudAdapter, restify, conversation
 * state in memory). It answers every message with one line and a button, so the
 * benchmark can tell the cost of the stack from the cost of Taalbot.
 */
async function main(): Promise<void> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const state = new ConversationState(new MemoryStorage());
  const count = state.createProperty<number>('count');

  const bot = new ActivityHandler();
  bot.onMembersAdded(async (context, next) => {
    await context.sendActivity(MessageFactory.suggestedActions(['Hallo'], 'Hallo!'));
    await next();
  });
  bot.onMessage(async (context, next) => {
    const seen = (await count.get(context, 0)) + 1;
    await count.set(context, seen);
    await context.sendActivity(MessageFactory.suggestedActions(['Nog een keer'], `${seen}: ${context.activity.text}`));
    await next();
  });

  const server = restify.createServer({ name: 'echo' });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, async (context) => {
      await bot.run(context);
      await state.saveChanges(context);
    });
  });
  await new Promise<void>((resolve) => server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', resolve));
  process.stdout.write(`${JSON.stringify({ msg: 'echo bot is listening', url: `http://127.0.0.1:${server.address().port}` })}\n`);
  process.once('SIGTERM', () => {
    server.close(() => process.exit(0));
    server.server.closeAllConnections();
  });
}

void main();
