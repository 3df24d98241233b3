// Preloaded into a benchmarked process: writes its peak resident set size (KiB) to $BENCH_RSS_FILE at exit.
'use strict';
const fs = require('fs');
process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) fs.writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
