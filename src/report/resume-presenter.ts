/** The resume file as a person sees it: what it kept for the next attempt, or that it could not. */
import { resumeLine, resumeNotWrittenLine } from './lines.js'
import type { RunReport } from './run-report.js'

export class ResumePresenter {
  constructor(private readonly report: RunReport) {}

  recorded(path: string, accepted: number): void {
    const { printer } = this.report
    printer.info(resumeLine(printer.boundary.text(path), accepted))
  }

  notRecorded(path: string, code: string): void {
    const { printer } = this.report
    printer.warnings([
      resumeNotWrittenLine(printer.boundary.text(path), printer.boundary.text(code, 64))
    ])
  }
}
