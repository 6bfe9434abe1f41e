// `npm start`: the API and the built UI on PORT (default 4000), with Neo4j provisioned behind them.
import { runServer } from './boot/run.js';

await runServer({ mode: 'npm start' });
