#!/usr/bin/env node
'use strict'
// anymetrics-refresh on the command line: the engine is index.js, which the action runs too.
require('./index.js').runCli({ version: () => require('../package.json').version })
