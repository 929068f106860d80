// Scheduling forms: where the server could only guess the organiser's time zone (from their country or language),
// preselect the zone this browser runs in, so "09:30" means 09:30 where the organiser sits. Without JavaScript the
// server's guess stays, and a zone chosen before (or posted back) is never changed.
const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

for (const select of document.querySelectorAll<HTMLSelectElement>('[data-zone-guessed] select[name="timeZone"]')) {
  if (!browserZone || select.value === browserZone) continue;
  let option = Array.from(select.options).find((candidate) => candidate.value === browserZone);
  if (!option) {
    option = new Option(browserZone.replace(/_/g, ' '), browserZone);
    select.add(option);
  }
  select.value = browserZone;
}
