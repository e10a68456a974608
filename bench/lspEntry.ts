// What the language-service benchmark drives, bundled like the server.
export { SourceIndex } from '../server/src/core/sourceIndex';
export { NodeWorkspace } from '../server/src/node/nodeWorkspace';
export { createLanguageService } from '../server/src/languageService';
export { defaultSettings } from '../server/src/config';
export { corpusView } from '../server/src/languageFeatures/corpusView';
export { claimIndexOf } from '../server/src/languageFeatures/claimIndex';
export { TextDocument } from 'vscode-languageserver-textdocument';
export { DraftAnalyzer } from '../server/src/languageFeatures/draftAnalysis';
export { computeDiagnostics } from '../server/src/languageFeatures/diagnostics';
export { quoteFindings } from '../server/src/languageFeatures/rules/quoteRules';
export { numberFindings } from '../server/src/languageFeatures/rules/numberRules';
export { roleFindings } from '../server/src/languageFeatures/rules/roleRules';
export { claimFindings } from '../server/src/languageFeatures/rules/claimRules';
export { nameFindings } from '../server/src/languageFeatures/rules/nameRules';
export { DiskAnalysisStore, analyserVersion } from '../server/src/node/diskAnalysisStore';
