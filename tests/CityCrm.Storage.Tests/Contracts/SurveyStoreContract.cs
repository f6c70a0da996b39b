using CityCrm.CaseCore;
using CityCrm.Conversations.Surveys;
using static CityCrm.Storage.Tests.Contracts.ConversationData;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The <see cref="ISurveyStore"/> contract: definitions, runs guarded by state, answers, and what the scheduler reads.</summary>
public abstract class SurveyStoreContract : StoreContract<SurveyStores>
{
    private ISurveyStore Surveys => Store.Surveys;

    private static SurveyRun Run(string subject, DateTimeOffset due, SurveyRunState state = SurveyRunState.Scheduled, string conversationId = "conv-1") =>
        new(SurveyRun.NewId(), CsatSurvey.Id, subject, "contact-1", conversationId, "sms", "en", state, 0, due);

    [Fact]
    public async Task CreateSurveyAsync_ThreeKindsOfQuestion_ReadBackAndListedNewestFirst()
    {
        var older = new SurveyDefinition("s1", "Parks", [new SurveyQuestion("q1", SurveyQuestionKind.Rating, "Rate the park", "Califique")], "sup", T0);
        var newer = new SurveyDefinition("s2", "Library", [
            new SurveyQuestion("visit", SurveyQuestionKind.Choice, "How often?", Choices: ["Weekly", "Never"], ChoicesEs: ["Semanal", "Nunca"]),
            new SurveyQuestion("more", SurveyQuestionKind.Text, "Anything else?", Optional: true)], "sup", T0.AddHours(1));
        await Surveys.CreateSurveyAsync(older, None);
        await Surveys.CreateSurveyAsync(newer, None);

        var read = await Surveys.GetSurveyAsync("s2", None);

        Assert.Equal(newer.Questions, read!.Questions, (a, b) => a.Id == b.Id && a.Kind == b.Kind && a.Text == b.Text && a.Optional == b.Optional
            && (a.Choices ?? []).SequenceEqual(b.Choices ?? []) && (a.ChoicesEs ?? []).SequenceEqual(b.ChoicesEs ?? []));
        Assert.Equal(["s2", "s1"], (await Surveys.ListSurveysAsync(None)).Select(s => s.Id));
        Assert.Null(await Surveys.GetSurveyAsync("nope", None));
    }

    [Fact]
    public async Task ScheduleAsync_SameSubjectTwice_KeepsTheFirstOnly()
    {
        var first = Run("conversation:a", T0);

        Assert.True(await Surveys.ScheduleAsync(first, None));
        Assert.False(await Surveys.ScheduleAsync(Run("conversation:a", T0.AddHours(1)), None));
        Assert.False(await Surveys.ScheduleAsync(first, None));

        Assert.Equal(first, await Surveys.GetRunAsync(first.Id, None));
    }

    [Fact]
    public async Task DueAsync_MixedRuns_ListsScheduledRunsDueByNowEarliestFirst()
    {
        var later = Run("case:R-1", T0.AddMinutes(5));
        var earlier = Run("case:R-2", T0.AddMinutes(1));
        await Surveys.ScheduleAsync(later, None);
        await Surveys.ScheduleAsync(earlier, None);
        await Surveys.ScheduleAsync(Run("case:R-3", T0.AddDays(1)), None);
        await Surveys.ScheduleAsync(Run("case:R-4", T0, SurveyRunState.Skipped), None);

        var due = await Surveys.DueAsync(T0.AddMinutes(10), 10, None);

        Assert.Equal([earlier.Id, later.Id], due.Select(r => r.Id));
    }

    [Fact]
    public async Task UpdateAsync_RunNoLongerInExpectedState_ChangesNothing()
    {
        var run = Run("conversation:b", T0);
        await Surveys.ScheduleAsync(run, None);
        var asking = run with { State = SurveyRunState.Asking, AskedAt = T0.AddMinutes(1) };
        Assert.True(await Surveys.UpdateAsync(asking, SurveyRunState.Scheduled, 0, None));

        var again = await Surveys.UpdateAsync(run with { State = SurveyRunState.Skipped, Outcome = "late" }, SurveyRunState.Scheduled, 0, None);

        Assert.False(again);
        Assert.Equal(asking, await Surveys.GetRunAsync(run.Id, None));
        Assert.Equal(asking, await Surveys.FindAskingAsync("conv-1", None));
    }

    [Fact]
    public async Task AnswerAsync_AskingRun_StoresTheAnswerAndMovesTheRunOnce()
    {
        var run = Run("conversation:c", T0, SurveyRunState.Asking) with { AskedAt = T0 };
        await Surveys.ScheduleAsync(run, None);
        var answer = new SurveyAnswer(run.Id, CsatSurvey.Id, "rating", "sms", 4, null, T0.AddMinutes(2));
        var moved = run with { QuestionIndex = 1, AskedAt = T0.AddMinutes(2) };

        Assert.True(await Surveys.AnswerAsync(answer, moved, 0, None));
        Assert.False(await Surveys.AnswerAsync(answer with { Rating = 1 }, moved, 0, None));

        Assert.Equal([answer], await Surveys.ListAnswersAsync(CsatSurvey.Id, T0, T0.AddHours(1), None));
        Assert.Equal(moved, await Surveys.GetRunAsync(run.Id, None));
    }

    [Fact]
    public async Task ListAnswersAsync_HalfOpenPeriod_ExcludesTheEnd()
    {
        foreach (var (subject, minutes) in new[] { ("conversation:d", 0), ("conversation:e", 60) })
        {
            var run = Run(subject, T0, SurveyRunState.Asking) with { AskedAt = T0 };
            await Surveys.ScheduleAsync(run, None);
            await Surveys.AnswerAsync(new SurveyAnswer(run.Id, CsatSurvey.Id, "rating", "sms", 5, null, T0.AddMinutes(minutes)),
                run with { State = SurveyRunState.Completed, FinishedAt = T0 }, 0, None);
        }

        var answers = await Surveys.ListAnswersAsync(CsatSurvey.Id, T0, T0.AddMinutes(60), None);

        Assert.Equal([T0], answers.Select(a => a.AnsweredAt));
        Assert.Equal(2, (await Surveys.CountRunsAsync(CsatSurvey.Id, None))[SurveyRunState.Completed]);
    }

    [Fact]
    public async Task ClosedCasesWithoutSurveyAsync_ClosedCaseReportedInAConversation_ListedUntilSurveyed()
    {
        var service = new ServiceDefinition("pothole", "Pothole", "Public Works", "Holes", ["pothole"]);
        var closed = new Case(NewId(), "R-200001", service, new OpenCaseRequest("pothole", "Hole", "1 Main St", "contact-9", "conv-9", "sms"), T0);
        var open = new Case(NewId(), "R-200002", service, new OpenCaseRequest("pothole", "Hole", "2 Main St", "contact-9", "conv-9", "sms"), T0);
        await Store.Cases.CreateAsync(closed, None);
        await Store.Cases.CreateAsync(open, None);
        closed.Close("agent", "fixed", T0.AddHours(2));
        await Store.Cases.SaveAsync(closed, None);

        var listed = Assert.Single(await Surveys.ClosedCasesWithoutSurveyAsync(T0, 10, None));
        await Surveys.ScheduleAsync(Run(CsatSurvey.CaseSubject("R-200001"), T0.AddHours(2)), None);

        Assert.Equal(new ClosedCase("R-200001", "contact-9", "conv-9", T0.AddHours(2)), listed);
        Assert.Empty(await Surveys.ClosedCasesWithoutSurveyAsync(T0, 10, None));
        Assert.Empty(await Surveys.ClosedCasesWithoutSurveyAsync(T0.AddHours(3), 10, None));
    }

    [Fact]
    public async Task ContactsTaggedAsync_TagInAnotherCase_ListsOnlyTaggedContacts()
    {
        var tagged = (await Store.Conversations.GetOrCreateContactAsync("web", "user-" + NewId(), "A", None)).Id;
        var other = (await Store.Conversations.GetOrCreateContactAsync("web", "user-" + NewId(), "B", None)).Id;
        foreach (var (id, tags) in new[] { (tagged, new[] { "Seniors", "route-4" }), (other, new[] { "route-5" }) })
        {
            var profile = (await Store.Profiles.GetAsync(id, None))!;
            Assert.True(await Store.Profiles.SaveAsync(profile with { Tags = tags }, profile.Version, [], None));
        }

        Assert.Equal([tagged], await Surveys.ContactsTaggedAsync("seniors", None));
        Assert.Empty(await Surveys.ContactsTaggedAsync("nobody", None));
    }
    [Fact]
    public async Task ScheduleAsync_SubjectTaken_LosingRunIsNeitherReadNorAsking()
    {
        var first = Run("conversation:f", T0, SurveyRunState.Asking, "conv-f") with { AskedAt = T0 };
        var second = Run("conversation:f", T0, SurveyRunState.Asking, "conv-g") with { AskedAt = T0 };
        await Surveys.ScheduleAsync(first, None);

        Assert.False(await Surveys.ScheduleAsync(second, None));

        Assert.Null(await Surveys.GetRunAsync(second.Id, None));
        Assert.Null(await Surveys.FindAskingAsync("conv-g", None));
        Assert.Equal(first, await Surveys.FindAskingAsync("conv-f", None));
    }

    [Fact]
    public async Task UpdateAsync_TwoWritersFromTheSameState_ExactlyOneWins()
    {
        var run = Run("conversation:h", T0);
        await Surveys.ScheduleAsync(run, None);
        var asking = run with { State = SurveyRunState.Asking, AskedAt = T0 };
        var skipped = run with { State = SurveyRunState.Skipped, Outcome = "quiet hours" };

        var results = await Task.WhenAll(
            Surveys.UpdateAsync(asking, SurveyRunState.Scheduled, 0, None),
            Surveys.UpdateAsync(skipped, SurveyRunState.Scheduled, 0, None));

        Assert.Single(results, r => r);
        Assert.Equal(results[0] ? asking : skipped, await Surveys.GetRunAsync(run.Id, None));
    }
}
