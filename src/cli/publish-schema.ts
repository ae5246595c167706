import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../config.js';
import { publishedSchema } from '../graphql/schema.js';

// `npm run codegen` ends here: the whole API in one SDL file at the root, for apps and their
// tools; a unit test checks it is what the service serves.
writeFileSync(path.join(ROOT_DIR, 'schema.graphql'), publishedSchema());
