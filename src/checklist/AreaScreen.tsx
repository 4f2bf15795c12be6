// One area's page: its question, progress and the editable checklist.
import { useShallow } from 'zustand/react/shallow';
import { useMessages, useTemplate } from '../i18n/use-messages';
import { selectWorkbook } from '../store/workbook-store';
import { useWorkbook } from '../store/use-workbook';
import { AREA_IDS, type AreaId } from '../workbook/model';
import { areaProgress } from '../workbook/progress';
import { ProgressBar } from '../ui/ProgressBar';
import { useDocumentTitle } from '../ui/use-document-title';
import { ItemRow } from './ItemRow';
import { NewItemForm } from './NewItemForm';
import { ResetArea } from './ResetArea';

export function AreaScreen({ areaId }: { areaId: AreaId }) {
  const t = useMessages();
  const area = useTemplate().areas[areaId];
  // Only the order is read here, so ticking an item re-renders that row and the progress, not the list.
  const itemIds = useWorkbook((s) => selectWorkbook(s).order[areaId]);
  useDocumentTitle(`${t.areaNames[areaId]} · ${t.appName}`);

  return (
    <article className="area" aria-labelledby="area-title">
      <header className="area__header">
        <p className="eyebrow">
          {AREA_IDS.indexOf(areaId) + 1} / {AREA_IDS.length} · {t.areaNames[areaId]}
        </p>
        <h1 id="area-title">{area.title}</h1>
        <p className="area__question">
          <span className="area__question-label">{t.area.question}</span> {area.question}
        </p>
        <AreaProgress areaId={areaId} label={area.title} />
      </header>

      {itemIds.length === 0 ? (
        <p className="area__empty">{t.area.empty}</p>
      ) : (
        <ol className="checklist" aria-label={t.area.itemsLabel(t.areaNames[areaId])}>
          {itemIds.map((itemId, index) => (
            <ItemRow
              key={itemId}
              itemId={itemId}
              areaId={areaId}
              isFirst={index === 0}
              isLast={index === itemIds.length - 1}
            />
          ))}
        </ol>
      )}

      <NewItemForm areaId={areaId} />
      <ResetArea areaId={areaId} areaTitle={area.title} />
    </article>
  );
}

function AreaProgress({ areaId, label }: { areaId: AreaId; label: string }) {
  const t = useMessages();
  const progress = useWorkbook(useShallow((s) => areaProgress(selectWorkbook(s), areaId)));
  return (
    <div className="area__progress">
      <p>{t.progress.count(progress.done, progress.total)}</p>
      <ProgressBar
        label={label}
        progress={progress}
        valueText={t.progress.valueText(progress.done, progress.total, progress.percent)}
      />
    </div>
  );
}
