// A few facts from the built-in civil-service calendar. Run: npm run example
import { vnCalendar, formatVietnameseDay, parseDay } from 'motcua';

const cal = vnCalendar();
const show = (iso) => {
  const info = cal.dayInfo(iso);
  const what = info.occasion ? `${info.kind}, ${info.occasion}` : info.kind;
  console.log(`${formatVietnameseDay(parseDay(iso))}: ${info.working ? 'working day' : 'day off'} (${what})${info.provisional ? ' [provisional]' : ''}`);
};

show('2025-04-26'); // a make-up Saturday
show('2025-09-01'); // Quốc khánh
show('2026-04-27'); // compensation day for Giỗ Tổ on a Sunday
show('2026-11-24'); // Ngày Văn hóa Việt Nam
show('2030-02-04'); // projected Tết, provisional
console.log(`3 working days after 2025-08-28: ${cal.addWorkingDays('2025-08-28', 3)}`);
console.log(`working days from 2026-04-23 to 2026-05-05: ${cal.workingDaysBetween('2026-04-23', '2026-05-05')}`);
