import { type MineralId } from "@/lib/data/common";
import { type Project } from "@/lib/data/projects";
import { formatAmount } from "@/lib/charts/format";
import { SourceLink, StatusBadge } from "./provenance";
import { TableScroll } from "./table-scroll";

const STAGE_LABELS: Record<Project["stage"], string> = {
  operating: "Operating",
  construction: "Under construction",
  feasibility: "Feasibility study approved",
  exploration: "Exploration",
  tendered: "Tendered",
  idle: "Idle",
  occupied: "In occupied territory",
};

function Amount({ q }: { q: Project["phases"][number]["capacity"] }) {
  return (
    <>
      {q.value === null ? `not published${q.note ? ` (${q.note})` : ""}` : formatAmount(q.value, q.unit, q)}
    </>
  );
}

/**
 * A project or deposit: stage, place, operator, what it is in our words, its phases (capacity, capital cost and
 * first production, each with its own source and status) and, on profiles, every sourced fact about it.
 */
export function ProjectCard({
  project,
  mineral,
  showFacts = true,
}: {
  project: Project;
  mineral?: MineralId;
  showFacts?: boolean;
}) {
  const phases = project.phases.filter((ph) => mineral === undefined || ph.mineral === mineral);
  return (
    <li className="project" id={`project-${project.id}`}>
      <h3>{project.name}</h3>
      <p className="project__meta">
        <span>Stage: {STAGE_LABELS[project.stage]}</span>
        {project.occupied ? <span className="tag tag--occupied">Occupied territory</span> : null}
        <span>{project.location}</span>
        {project.operator ? <span>Operator: {project.operator}</span> : null}
        <span>
          <StatusBadge status={project.status} /> <SourceLink id={project.sourceId} />
        </span>
      </p>
      <p>{project.summary}</p>
      {phases.length ? (
        <TableScroll label={`${project.name}: phases`}>
          <table className="data">
            <caption>{project.name}: phases</caption>
            <thead>
              <tr>
                <th scope="col">Phase</th>
                <th scope="col" className="num">
                  Capacity a year
                </th>
                <th scope="col" className="num">
                  Capital cost
                </th>
                <th scope="col" className="num">
                  First production
                </th>
                <th scope="col">Sources</th>
              </tr>
            </thead>
            <tbody>
              {phases.map((ph) => (
                <tr key={ph.id}>
                  <th scope="row">{ph.name}</th>
                  <td className="num">
                    <Amount q={ph.capacity} />
                  </td>
                  <td className="num">
                    <Amount q={ph.capex} />
                  </td>
                  <td className="num">
                    {ph.startYear.value === null
                      ? `not announced${ph.startYear.note ? ` (${ph.startYear.note})` : ""}`
                      : ph.startYear.value}
                  </td>
                  <td>
                    {(
                      [
                        { what: "capacity", q: ph.capacity },
                        { what: "capital cost", q: ph.capex },
                        { what: "start", q: ph.startYear },
                      ] as const
                    ).map(({ what, q }) => (
                      <span key={what} className="number-source hint">
                        {what}: <SourceLink id={q.sourceId} /> <StatusBadge status={q.status} />
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {showFacts && project.facts.length ? (
        <TableScroll label={`${project.name}: reported figures`}>
          <table className="data">
            <caption>{project.name}: reported figures</caption>
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col" className="num">
                  Value
                </th>
                <th scope="col" className="num">
                  Year
                </th>
                <th scope="col">Status</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {project.facts.map((f) => (
                <tr key={f.label}>
                  <th scope="row">{f.label}</th>
                  <td className="num">
                    <Amount q={f.quantity} />
                  </td>
                  <td className="num">{f.quantity.year}</td>
                  <td>
                    <StatusBadge status={f.quantity.status} />
                  </td>
                  <td>
                    <SourceLink id={f.quantity.sourceId} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </li>
  );
}
