// Documents of our own writing for the shapes of issue 10 item 1 that no fixture holds on its own,
// for the import benchmark (bench/shapes.ts): questions without labels where only the answers carry
// one (shape a, in plain text and in HTML with bold questions), and an unlabelled opening statement
// before the first question (shape i). Any resemblance to a real briefing is the shape's only.

const PLAIN_QA: [string, string][] = [
  [
    'Is the ferry timetable going to change before the summer season?',
    'It will. The winter timetable ends in May, and the new one adds two evening crossings.',
  ],
  ['Minister, how much will the two crossings cost the port authority?', 'About four million a year, which the fares and the freight levy will cover.'],
  ['Will fares go up to pay for them?', 'Not this year. We will look at them again with the budget in the autumn.'],
  [
    'What do you say to the island councils who asked for a third crossing?',
    'That we heard them. A third crossing needs a second vessel, and we are not there yet.',
  ],
  ['When will the second vessel be ordered?', 'The tender closes in October. The board will choose before the end of the year.'],
  ['Is the shipyard in Port Anselm one of the bidders?', 'I will not name bidders while the tender is open.'],
];

/** Shape a, plain text: "Surname:" answers, the questions as plain paragraphs, answers running on. */
export function unlabelledQuestionsText(): string {
  const parts = ['Transcript of a Doorstop Interview, Harbour Quay, 12 March 2031', 'Minister Adaeze Corrin'];
  parts.push('Corrin: Good morning. I am here to announce the new ferry timetable for the islands.');
  parts.push('It has been a long winter for the people who rely on these boats, and they have been patient.');
  for (const [question, answer] of PLAIN_QA) {
    parts.push(question);
    parts.push(`Corrin: ${answer}`);
    parts.push('That is the honest answer, and the councils know it.');
  }
  parts.push('Thank you.');
  return `${parts.join('\n\n')}\n`;
}

/** Shape a in HTML: the questions in bold paragraphs, the answers labelled in plain ones. */
export function unlabelledQuestionsHtml(): string {
  const paragraphs = ['<p>Minister Adaeze Corrin</p>', '<p>Corrin: Good morning. I am here to announce the new ferry timetable for the islands.</p>'];
  for (const [question, answer] of PLAIN_QA) {
    paragraphs.push(`<p><strong>${question}</strong></p>`);
    paragraphs.push(`<p>Corrin: ${answer}</p>`);
    paragraphs.push('<p>That is the honest answer, and the councils know it.</p>');
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Doorstop interview, Harbour Quay — Ministry of Coastal Affairs</title></head>
<body>
<nav><a href="/">Home</a> <a href="/media">Media</a> <a href="#content">Jump to content</a></nav>
<main id="content">
<h1>Doorstop interview, Harbour Quay</h1>
<p class="date">12 March 2031</p>
${paragraphs.join('\n')}
</main>
<footer><p>SEE ALSO</p><ul><li><a href="/media/1">Ferry review</a></li></ul><p>Contact: media@coastal.example</p></footer>
</body></html>
`;
}

/** Shape i: an unlabelled statement at the top, then labelled questions and answers. */
export function openingStatementText(): string {
  const parts = [
    "Spokesperson Tilde Maren's Regular Press Conference on 22 May 2031",
    'The Foreign Minister of Vostok will pay an official visit to Lorn from 26 to 28 May at the invitation of the Minister.',
    'The two ministers will sign an agreement on the shared use of the northern ports and open the ports forum in Port Anselm.',
    'The forum brings together delegations from nine countries and will close with a statement on safe shipping lanes.',
  ];
  const outlets = ['Harbour Radio', 'Baltic Wire', 'Northern Television', 'Coastal Times'];
  for (let i = 0; i < 12; i++) {
    parts.push(`${outlets[i % outlets.length]}: What does the agreement on the northern ports change for shipping in the ${i + 2} harbours concerned?`);
    parts.push(`Tilde Maren: It lets the ships of both countries use the ${i + 2} harbours on the same terms, and it sets up a joint office for pilots.`);
  }
  return `${parts.join('\n\n')}\n`;
}
