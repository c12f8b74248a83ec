namespace Generator.Rendering.Policy;

/// <summary>
/// A document's consultation as templates see it (<c>page.consultation</c>): its period, its
/// state on the day the site is built for (<c>upcoming</c>, <c>open</c> or <c>closed</c>), and
/// while it is open the response form (a static form Netlify's form handling receives).
/// </summary>
public sealed record ConsultationView(Dates.DateValue Opens, Dates.DateValue Closes, string State, ConsultationFormView? Form);

/// <summary>
/// The response form of an open consultation: its name (unique per document, as Netlify's form
/// detection requires), where it leads once sent (the thank-you page in the reader's language),
/// and the document and language each response names.
/// </summary>
public sealed record ConsultationFormView(string Name, string Action, string Document, string Language);

/// <summary>The consultations in one state on the consultations' page (<c>open</c>, <c>upcoming</c>, <c>closed</c>).</summary>
public sealed record ConsultationGroupView(string State, IReadOnlyList<ConsultationItemView> Items);

/// <summary>A document on the consultations' page, with its consultation.</summary>
public sealed record ConsultationItemView(Views.ListItemView Item, ConsultationView Consultation);
