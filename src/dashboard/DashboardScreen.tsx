// The dashboard: overall progress and one card per area, each linking to its checklist.
import { Link } from '@tanstack/react-router';
import { BackupPanel } from '../backup/BackupPanel';
import { ShareButton } from '../sharing/ShareButton';
import { StorageSection } from '../backup/StorageSection';
import { NextSteps } from './NextSteps';
import { PlanDetails } from './PlanDetails';
import { ProgressChart } from './ProgressChart';
import { useShallow } from 'zustand/react/shallow';
import { useMessages, usePlanAreas, useTemplate, useWorkbookName } from '../i18n/use-messages';
import { selectWorkbook } from '../store/workbook-store';
import { useWorkbook } from '../store/use-workbook';
import { areaProgress, overallProgress, type Progress } from '../workbook/progress';
import { ProgressBar } from '../ui/ProgressBar';
import { useDocumentTitle } from '../ui/use-document-title';

export function DashboardScreen() {
  const t = useMessages();
  const template = useTemplate();
  const areas = usePlanAreas();
  const guide = useWorkbook((s) => selectWorkbook(s).guide);
  const imported = guide !== null;
  const introduction = guide?.introduction ?? template.introduction;
  const name = useWorkbookName();
  const overall = useWorkbook(useShallow((s) => overallProgress(selectWorkbook(s))));
  useDocumentTitle(`${t.nav.dashboard} · ${t.appName}`);

  return (
    <div className="dashboard">
      <header className="dashboard__header">
        <p className="eyebrow">{t.nav.dashboard}</p>
        <h1>{name}</h1>
        <div className="dashboard__overall">
          <p className="dashboard__overall-figure">
            <span className="big-number">{overall.percent}%</span> {t.progress.count(overall.done, overall.total)}
          </p>
          <ProgressBar label={t.progress.overall} progress={overall} valueText={valueText(t, overall)} />
        </div>
        <ShareButton />
      </header>

      <NextSteps />
      <p>
        <Link to="/calendar">{t.guidance.calendarLink}</Link>
      </p>
      <ProgressChart />

      <section aria-labelledby="areas-heading">
        <h2 id="areas-heading">{imported ? t.dashboard.areasOf(areas.length) : t.dashboard.areasHeading}</h2>
        <ol className="area-grid">
          {areas.map((area, index) => (
            <AreaCard key={area.id} areaId={area.id} number={index + 1} name={area.name} title={area.title} />
          ))}
        </ol>
      </section>

      <PlanDetails />
      <StorageSection />
      <BackupPanel />

      <section aria-labelledby="intro-heading" className="dashboard__intro">
        <h2 id="intro-heading">{t.dashboard.introHeading}</h2>
        <p>{introduction}</p>
      </section>
    </div>
  );
}

function valueText(t: ReturnType<typeof useMessages>, p: Progress) {
  return t.progress.valueText(p.done, p.total, p.percent);
}

function AreaCard({ areaId, number, name, title }: { areaId: string; number: number; name: string; title: string }) {
  const t = useMessages();
  const progress = useWorkbook(useShallow((s) => areaProgress(selectWorkbook(s), areaId)));
  return (
    <li className="area-card" data-complete={progress.total > 0 && progress.done === progress.total ? '' : undefined}>
      <p className="eyebrow">
        {/* An imported guide's areas have one name: the title below. */}
        {name === title ? number : `${number} · ${name}`}
      </p>
      <h3 className="area-card__title">
        <Link to="/areas/$areaId" params={{ areaId }} className="area-card__link">
          {title}
        </Link>
      </h3>
      <p className="area-card__count">{t.progress.count(progress.done, progress.total)}</p>
      <ProgressBar label={title} progress={progress} valueText={valueText(t, progress)} />
    </li>
  );
}
