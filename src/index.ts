import { reportCrash, run } from './main.js'

run().catch(reportCrash)
