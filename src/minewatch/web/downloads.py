"""Files to take away: the XLSForms for field teams.

/forms                    the forms, with their titles, versions and layers (and .json)
/forms/{name}.xlsx        one form as an XLSForm workbook, for ODK Central or KoboToolbox
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from minewatch.services import forms
from minewatch.web import datapackage
from minewatch.web.deps import get_app, json_response
from minewatch.web.pages import PageRoute
from minewatch.web.paging import Page, page_params, paged
from minewatch.web.templating import render

router = APIRouter(include_in_schema=False, route_class=PageRoute)


@router.get("/downloads")
@router.get("/downloads.json")
def downloads_page(request: Request, page: Page = Depends(page_params)) -> Response:
    listing = datapackage.listing(get_app(request))
    return render(request, "downloads.html", paged(listing, "datasets", page))


@router.get("/downloads/datapackage.json")
def data_package(request: Request) -> Response:
    return json_response(datapackage.package(get_app(request)))


@router.get("/downloads/minewatch-data.zip")
def data_zip(request: Request) -> Response:
    headers = {"Content-Disposition": 'attachment; filename="minewatch-data.zip"'}
    return Response(
        datapackage.zipped(get_app(request)), media_type="application/zip", headers=headers
    )


@router.get("/downloads/{path:path}.csv")
def data_file(request: Request, path: str) -> Response:
    content = datapackage.table_file(get_app(request), f"{path}.csv")
    name = path.rsplit("/", 1)[-1]
    headers = {"Content-Disposition": f'attachment; filename="{name}.csv"'}
    return Response(content, media_type="text/csv; charset=utf-8", headers=headers)


@router.get("/forms")
@router.get("/forms.json")
def forms_page(request: Request) -> Response:
    return render(request, "forms.html", forms.list_forms())


@router.get("/forms/{name}.xlsx")
def form_file(name: str) -> Response:
    form = forms.form_named(name)
    disposition = f'attachment; filename="{forms.file_name(form)}"'
    return Response(
        forms.shipped(form),
        media_type=forms.XLSX_TYPE,
        headers={"Content-Disposition": disposition},
    )
