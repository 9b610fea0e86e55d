//! GDPR: each person's privacy settings (who sees their name, who gets their e-mail address,
//! whether notification mails are sent) and an append-only record of consents given or
//! withdrawn, each with the version of the text consented to.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            ColumnDef::new(Users::ProfileVisibility)
                .string()
                .not_null()
                .default("logged_in")
                .to_owned(),
            ColumnDef::new(Users::ContactVisibility)
                .string()
                .not_null()
                .default("meeting_partners")
                .to_owned(),
            ColumnDef::new(Users::EmailNotifications)
                .boolean()
                .not_null()
                .default(true)
                .to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Users::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(Consents::Table)
                    .col(uuid(Consents::Id).primary_key())
                    .col(uuid(Consents::UserId))
                    .col(string(Consents::Kind))
                    .col(string(Consents::TextVersion))
                    .col(boolean(Consents::Granted))
                    .col(timestamp_with_time_zone(Consents::RecordedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Consents::Table, Consents::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_consents_user")
                    .table(Consents::Table)
                    .col(Consents::UserId)
                    .col(Consents::RecordedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Consents::Table).to_owned())
            .await?;
        for column in [
            Users::ProfileVisibility,
            Users::ContactVisibility,
            Users::EmailNotifications,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Users::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    ProfileVisibility,
    ContactVisibility,
    EmailNotifications,
}

#[derive(DeriveIden)]
enum Consents {
    Table,
    Id,
    UserId,
    Kind,
    TextVersion,
    Granted,
    RecordedAt,
}
