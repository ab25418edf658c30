// The UI's two languages. Chinese is the default; the learner's choice is remembered in
// localStorage, and a `?lang=` in the URL sets (and remembers) it too.
export type Lang = 'zh' | 'en';

const STORAGE_KEY = 'torchlet.lang';

const STRINGS = {
  lessons: { zh: '课程', en: 'Lessons' },
  playground: { zh: '练习场', en: 'Playground' },
  loading: { zh: '加载中…', en: 'Loading…' },
  run: { zh: '运行', en: 'Run' },
  runAll: { zh: '全部运行', en: 'Run all' },
  restart: { zh: '重启', en: 'Restart' },
  stop: { zh: '停止', en: 'Stop' },
  reset: { zh: '还原代码', en: 'Reset code' },
  running: { zh: '运行中…', en: 'Running…' },
  queued: { zh: '排队中…', en: 'Queued…' },
  stopped: { zh: '已停止', en: 'Stopped' },
  failed: { zh: '出错', en: 'Error' },
  done: { zh: '完成', en: 'Done' },
  check: { zh: '检查', en: 'Check' },
  showSolution: { zh: '查看答案', en: 'Show solution' },
  exercise: { zh: '练习', en: 'Exercise' },
  exercisePassed: { zh: '答对了！', en: 'Correct!' },
  exerciseFailed: { zh: '还不对：', en: 'Not yet: ' },
  restarted: { zh: '程序状态已清空，所有变量都已忘记。', en: 'Program state cleared: every variable is forgotten.' },
  runHint: { zh: 'Shift+Enter 运行', en: 'Shift+Enter runs' },
  cellsRun: { zh: '已运行代码单元', en: 'Cells run' },
  exercisesDone: { zh: '已完成练习', en: 'Exercises done' },
  prerequisites: { zh: '先修', en: 'Before this' },
  backToIndex: { zh: '← 全部课程', en: '← All lessons' },
  previous: { zh: '← 上一课', en: '← Previous' },
  next: { zh: '下一课 →', en: 'Next →' },
  notFound: { zh: '找不到这一课。', en: 'No such lesson.' },
  loadFailed: { zh: '加载失败：', en: 'Could not load: ' },
  deviceTitle: { zh: '代码运行的设备', en: 'Where the code ran' },
  errorLine: { zh: '出错的行', en: 'The failing line' },
  step: { zh: '单步', en: 'Step' },
  stepHint: { zh: '逐条语句运行，并画出计算图', en: 'Run statement by statement and draw the computation graph' },
  stepNext: { zh: '下一步', en: 'Next' },
  stepContinue: { zh: '继续', en: 'Continue' },
  stepClose: { zh: '关闭', en: 'Close' },
  variables: { zh: '变量', en: 'Variables' },
  graph: { zh: '计算图', en: 'Computation graph' },
  backwardSteps: { zh: '反向传播', en: 'Backward pass' },
  pausedAt: { zh: '即将运行第 {line} 行', en: 'About to run line {line}' },
  stepFinished: { zh: '运行结束', en: 'Finished' },
  noVariables: { zh: '还没有变量', en: 'No variables yet' },
  incomingGrad: { zh: '收到的梯度', en: 'Incoming gradient' },
  localRule: { zh: '局部求导规则', en: 'Local rule' },
  outgoingGrads: { zh: '传出的梯度', en: 'Outgoing gradients' },
  accumulatedInto: { zh: '累加到 {name}.grad', en: 'Accumulated into {name}.grad' },
  newTotal: { zh: '新的值', en: 'New total' },
  graphTrimmed: { zh: '图太大：只画出最新的 {shown} 个节点（共 {total} 个）', en: 'Large graph: drawing the newest {shown} of {total} nodes' },
  backwardStarted: { zh: 'backward() 从 {root} 开始', en: 'backward() starts at {root}' },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof STRINGS;

export function currentLang(): Lang {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl === 'zh' || fromUrl === 'en') {
    localStorage.setItem(STORAGE_KEY, fromUrl);
    return fromUrl;
  }
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
}

export function setLang(lang: Lang): void {
  localStorage.setItem(STORAGE_KEY, lang);
}

export function t(key: MessageKey, lang: Lang): string {
  return STRINGS[key][lang];
}
