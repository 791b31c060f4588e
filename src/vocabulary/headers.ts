// Header vocabulary (DOMAIN.md's column table): header text → model field. Parent headers
// (公开对象, 公开方式, 公开层级, 公开事项) span child columns whose own words name the field.

export type FieldKind =
  | 'seq'
  | 'stage'
  | 'path'
  | 'content'
  | 'basis'
  | 'timeLimit'
  | 'publisher'
  | 'channels'
  | 'audience'
  | 'audience.public'
  | 'audience.specific'
  | 'mode'
  | 'mode.proactive'
  | 'mode.onRequest'
  | 'level'
  | 'level.tick'
  | 'form'
  | 'contact'
  | 'note'
  | 'requirement';

const HEADERS: Array<[RegExp, FieldKind]> = [
  [/^(序号|编号|序列号|编码|事项编码|目录编码|事项代码)$/, 'seq'],
  [/^(过程|公开过程|环节|公开环节)$/, 'stage'],
  [
    /^(公开事项|事项|[一二三四五六]级(事项|目录)|类别|事项类别|事项分类|项目|事项名称|信息名称|目录名称|信息类别|主题分类)$/,
    'path',
  ],
  [/^(公开内容[（(]要素[）)]|公开内容要素|公开内容|内容要求|内容|信息内容|具体内容)$/, 'content'],
  [/^(公开依据|依据|法律依据|政策依据)$/, 'basis'],
  [/^(公开时限|公开时间|时限|公开期限)$/, 'timeLimit'],
  [
    /^(公开主体|公开责任主体|发布主体|公开(部门|单位)|责任(部门|单位|主体|科室|股室|处室|股)|公开责任(部门|单位|科室)|承办(单位|部门|科室|股室))$/,
    'publisher',
  ],
  [/^(公开渠道和载体|公开渠道及载体|公开渠道|公开载体)$/, 'channels'],
  [/^(公开形式|发布形式)$/, 'form'],
  [/^(咨询(及|和|、)?(监督)?(举报)?(电话|方式)|监督(举报)?(电话|方式)|联系(电话|方式)|咨询监督电话)$/, 'contact'],
  [/^(公开对象|公开范围)$/, 'audience'],
  [/^公开方式$/, 'mode'],
  [/^公开层级$/, 'level'],
  [/^(备注|说明)$/, 'note'],
  [/^公开要求$/, 'requirement'],
];

const CHILDREN: Array<[RegExp, FieldKind]> = [
  [/^(全社会|面向全社会|社会公众|社会|公众)$/, 'audience.public'],
  [/^(特定群体|特定群众|特定对象|特定人群|面向申请人|申请人)$/, 'audience.specific'],
  [/^(主动|主动公开)$/, 'mode.proactive'],
  [/^(依申请|依申请公开)$/, 'mode.onRequest'],
  [/^(省级|市级|县级|区级|乡级|镇级|村级|镇街级|乡镇级|街道级|县区级|县市区级)$/, 'level.tick'],
  [/^([一二三四五]级(事项|目录)|类别|事项名称|信息名称)$/, 'path'],
];

/** Which child kinds each parent may span. */
const SPANS: Partial<Record<FieldKind, FieldKind[]>> = {
  audience: ['audience.public', 'audience.specific'],
  mode: ['mode.proactive', 'mode.onRequest'],
  level: ['level.tick'],
  path: ['path'],
};

export function normaliseHeader(text: string): string {
  return text.replace(/[\s\u3000\u00a0*]/g, '');
}

export function headerField(text: string): FieldKind | null {
  const t = normaliseHeader(text);
  for (const [re, kind] of HEADERS) if (re.test(t)) return kind;
  return null;
}

export function childField(text: string): FieldKind | null {
  const t = normaliseHeader(text);
  for (const [re, kind] of CHILDREN) if (re.test(t)) return kind;
  return null;
}

export function spans(parent: FieldKind, child: FieldKind): boolean {
  return SPANS[parent]?.includes(child) ?? false;
}

/** Words of the 过程 (stage) column. */
export const STAGES =
  /^(决策|执行|结果|执行和结果|管理|服务|管理和服务|新闻发布|政策解读|回应关切|监督保障|决策公开|执行公开|管理公开|服务公开|结果公开)$/;

/**
 * The model field a column's cells go to: its kind, numbered for a path level (path.1 一级 …) and
 * named for a 公开层级 child column (level.县级). The catalogue's `columns[].field` prints it.
 */
export type Field = Exclude<FieldKind, 'path' | 'level.tick'> | `path.${number}` | `level.${string}`;

export const pathField = (level: number): Field => `path.${level}`;
export const levelField = (name: string): Field => `level.${name}`;

/** Columns of ticks: each cell a mark (√, ■, ☑) or blank. */
export const TICK_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>([
  'audience.public',
  'audience.specific',
  'mode.proactive',
  'mode.onRequest',
  'level.tick',
]);

/** The 公开层级 a level column names (县级), or null for any other field. */
export const levelOf = (field: Field): string | null => (field.startsWith('level.') ? field.slice(6) : null);

/** The path level a column fills (1 for 一级), or null for any other field. */
export const pathLevelOf = (field: Field): number | null => (field.startsWith('path.') ? Number(field.slice(5)) : null);

export const isTickField = (field: Field): boolean => levelOf(field) !== null || TICK_KINDS.has(field as FieldKind);

/** The options of 公开形式 (form of publication), as the provincial templates print them. */
export const FORM_WORDS = /^(全文发布|全文公开|区分处理后发布|区分处理后公开|摘要发布|现场宣讲|公告|公示)$/;
